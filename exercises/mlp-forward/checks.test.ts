import { testExerciseChecks } from '../src/testing';

testExerciseChecks('mlp-forward');
