import { testExerciseChecks } from '../src/testing';

testExerciseChecks('cnn-forward');
