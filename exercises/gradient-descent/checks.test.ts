import { testExerciseChecks } from '../src/testing';

testExerciseChecks('gradient-descent');
