import { testExerciseChecks } from '../src/testing';

testExerciseChecks('numerical-derivative');
