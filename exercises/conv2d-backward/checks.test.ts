import { testExerciseChecks } from '../src/testing';

testExerciseChecks('conv2d-backward');
