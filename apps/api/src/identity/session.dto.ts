import { ApiProperty } from '@nestjs/swagger';

export class SessionRequestDto {
  @ApiProperty({ type: String, example: 'demo-student@example.org' })
  email!: string;
  @ApiProperty({ type: String, format: 'password' })
  password!: string;
}

export class SessionCourseDto {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String })
  title!: string;
  @ApiProperty({ enum: ['student', 'instructor'] })
  role!: 'student' | 'instructor';
}

export class SessionDto {
  @ApiProperty({ type: String, format: 'uuid' })
  id!: string;
  @ApiProperty({ type: String, example: 'Ada Lovelace' })
  name!: string;
  @ApiProperty({ type: String, nullable: true, example: 'ada@example.org' })
  email!: string | null;
  @ApiProperty({ type: Boolean })
  isAdmin!: boolean;
  @ApiProperty({ enum: ['student', 'instructor'], description: 'instructor: may create courses, or teaches one, or is an admin' })
  role!: 'student' | 'instructor';
  @ApiProperty({ type: [SessionCourseDto] })
  courses!: SessionCourseDto[];
}
