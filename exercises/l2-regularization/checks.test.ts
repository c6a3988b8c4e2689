import { testExerciseChecks } from '../src/testing';

testExerciseChecks('l2-regularization');
