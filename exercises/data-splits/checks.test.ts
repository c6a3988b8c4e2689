import { testExerciseChecks } from '../src/testing';

testExerciseChecks('data-splits');
