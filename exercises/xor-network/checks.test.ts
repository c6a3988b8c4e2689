import { testExerciseChecks } from '../src/testing';

testExerciseChecks('xor-network');
