import { testExerciseChecks } from '../src/testing';

testExerciseChecks('activations');
