import { testExerciseChecks } from '../src/testing';

testExerciseChecks('logistic-regression');
