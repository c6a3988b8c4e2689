import { ApiProperty } from '@nestjs/swagger';

export class SessionRequestDto {
  @ApiProperty({ type: String, minLength: 1, maxLength: 64, example: 'Ada Lovelace', description: "letters, digits, spaces and - _ . '" })
  name!: string;
}

export class SessionDto {
  @ApiProperty({ type: String, example: 'Ada Lovelace' })
  name!: string;
  @ApiProperty({ enum: ['student', 'instructor'] })
  role!: 'student' | 'instructor';
}
