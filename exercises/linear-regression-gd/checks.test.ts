import { testExerciseChecks } from '../src/testing';

testExerciseChecks('linear-regression-gd');
