import { WorkspacePage } from '../WorkspacePage';
import { PostLog } from './PostLog';

/** The post log: a week of posts, filters, corrections, posts added by hand, the weekly files, backups. */
export function LogPage() {
  return <WorkspacePage class="page">{(workspace) => <PostLog workspace={workspace} />}</WorkspacePage>;
}
