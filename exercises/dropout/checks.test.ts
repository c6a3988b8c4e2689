import { testExerciseChecks } from '../src/testing';

testExerciseChecks('dropout');
