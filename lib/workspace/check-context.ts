import type { CheckContext } from '../guidelines/types';
import type { Platform } from '../platforms/platform';
import type { GuidelineRules } from '../schemas';
import { workspaceClock, type Workspace } from './';

/** Ids of the stages the workspace's calendar has active at an instant. */
export function activeStageIds(workspace: Workspace, at: Date): string[] {
  return workspaceClock(workspace)
    .active(at)
    .map((view) => view.stage.id);
}

/**
 * The one builder of the checker's context, so every surface checks a text the way the log records it: the
 * workspace's rules, profile and Instagram hashtag setting, and the stages active at `at`: an instant (the
 * post's own time, or now), or the stage ids a saved record already names.
 */
export function checkContextFor(
  workspace: Workspace,
  platform: Platform,
  at: Date | { stageIds: readonly string[] },
  options: {
    /** Rules being written (the rules editor's trial) instead of the installed ones. */
    rules?: GuidelineRules;
    /** Stages counted as active besides those of `at` (a template's own stages, in authoring). */
    alsoStages?: readonly string[];
  } = {},
): CheckContext {
  const stageIds = at instanceof Date ? activeStageIds(workspace, at) : [...at.stageIds];
  for (const stage of options.alsoStages ?? []) if (!stageIds.includes(stage)) stageIds.push(stage);
  return {
    platform,
    stageIds,
    rules: options.rules ?? workspace.rules,
    profile: workspace.profile,
    instagramHashtagLimit: workspace.settings.instagramHashtagLimit,
  };
}
