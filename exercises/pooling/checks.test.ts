import { testExerciseChecks } from '../src/testing';

testExerciseChecks('pooling');
