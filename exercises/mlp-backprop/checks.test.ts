import { testExerciseChecks } from '../src/testing';

testExerciseChecks('mlp-backprop');
