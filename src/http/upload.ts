import { UseInterceptors, applyDecorators } from '@nestjs/common';
import { FileInterceptor } from '@nestjs/platform-express';
import { ApiBody, ApiConsumes } from '@nestjs/swagger';
import { SUBMISSION_LIMITS } from '../submissions/submission-limits';
import type { UploadedFile } from '../submissions/submission.service';

/** Multer's file, as far as we use it. */
export interface MulterFile {
  originalname: string;
  buffer: Buffer;
}

export function toUpload(file: MulterFile | undefined): UploadedFile | undefined {
  return file ? { fileName: file.originalname, content: file.buffer } : undefined;
}

/** A scenario file uploaded as multipart field "file", held in memory, at most SUBMISSION_LIMITS.maxBytes (413 beyond). */
export const ScenarioUpload = () =>
  applyDecorators(
    UseInterceptors(FileInterceptor('file', { limits: { fileSize: SUBMISSION_LIMITS.maxBytes, files: 1 } })),
    ApiConsumes('multipart/form-data'),
    ApiBody({
      schema: {
        type: 'object',
        required: ['file'],
        properties: { file: { type: 'string', format: 'binary', description: 'a scenario .csv or .json file' } },
      },
    }),
  );
