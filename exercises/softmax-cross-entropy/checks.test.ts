import { testExerciseChecks } from '../src/testing';

testExerciseChecks('softmax-cross-entropy');
