// Each test starts with no rate-limit queue or 429 pause, as a freshly started worker would: the limiter
// registry is module state shared by every client with the same provider and key.
import { beforeEach } from 'vitest';
import { forgetLimiters } from '@/utils/api/rate-limiter';

beforeEach(() => forgetLimiters());
