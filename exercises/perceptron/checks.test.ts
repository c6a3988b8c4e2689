import { testExerciseChecks } from '../src/testing';

testExerciseChecks('perceptron');
