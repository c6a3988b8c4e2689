import { testExerciseChecks } from '../src/testing';

testExerciseChecks('mean-squared-error');
