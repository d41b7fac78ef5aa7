import type { Platform } from '@/lib/platforms/platform';
import type { PostRecord } from '@/lib/posts/schema';

/** What the admin narrowed the week's posts to; an empty value lets every post through. */
export interface LogFilter {
  search: string;
  platform: '' | Platform;
  stage: string;
  status: '' | PostRecord['status'];
}

export const NO_FILTER: LogFilter = { search: '', platform: '', stage: '', status: '' };

export const matchesFilter = (post: PostRecord, filter: LogFilter) =>
  (!filter.platform || post.platform === filter.platform) &&
  (!filter.stage || post.stageIds.includes(filter.stage)) &&
  (!filter.status || post.status === filter.status) &&
  (!filter.search || post.text.toLowerCase().includes(filter.search.toLowerCase()));
