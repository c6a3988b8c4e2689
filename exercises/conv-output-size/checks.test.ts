import { testExerciseChecks } from '../src/testing';

testExerciseChecks('conv-output-size');
