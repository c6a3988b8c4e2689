import { testExerciseChecks } from '../src/testing';

testExerciseChecks('early-stopping');
