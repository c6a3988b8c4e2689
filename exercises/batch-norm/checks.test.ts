import { testExerciseChecks } from '../src/testing';

testExerciseChecks('batch-norm');
