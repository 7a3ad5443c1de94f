// An S3-compatible server inside the test process (s3rver, files in a temporary folder), and a store that talks to it.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import S3rver from 's3rver';
import { createS3FileStore } from '../files/file-store.ts';

export const TEST_BUCKET = 'schoolgate-test-files';

export async function startS3TestServer() {
  const directory = fs.mkdtempSync(path.join(os.tmpdir(), 'schoolgate-s3-'));
  const server = new S3rver({
    address: '127.0.0.1',
    port: 0,
    silent: true,
    directory,
    configureBuckets: [{ name: TEST_BUCKET }],
  });
  const { address, port } = await server.run();
  const settings = {
    endpoint: `http://${address}:${port}`,
    region: 'eu-west-2',
    bucket: TEST_BUCKET,
    // s3rver's fixed development credentials.
    accessKeyId: 'S3RVER',
    secretAccessKey: 'S3RVER',
    forcePathStyle: true,
  };
  const store = createS3FileStore(settings);
  return {
    settings,
    store,
    close: async () => {
      store.client.destroy();
      await server.close();
      fs.rmSync(directory, { recursive: true, force: true });
    },
  };
}
