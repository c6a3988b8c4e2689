import { testExerciseChecks } from '../src/testing';

testExerciseChecks('kmeans-color-quantization');
