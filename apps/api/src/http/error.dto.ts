import { ApiProperty } from '@nestjs/swagger';

/** Every error body: `{ statusCode, error, message }`, never a stack trace. */
export class ErrorDto {
  @ApiProperty({ type: Number, example: 400 })
  statusCode!: number;
  @ApiProperty({ type: String, example: 'Bad Request' })
  error!: string;
  @ApiProperty({ type: String, example: 'code: expected a string' })
  message!: string;
}
