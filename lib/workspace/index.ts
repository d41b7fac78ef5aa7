import { resolveNow, StageClock } from '../calendar';
import type { GuidelineRules, Profile, StageCalendar, Template, TemplatePack, TimeZone } from '../schemas';
import type { DataNotice } from './data-store';
import type { Settings } from './settings';

/** Everything the sidebar needs, sent by the background (which validates the data) in one message. */
export interface Workspace {
  calendar: StageCalendar;
  rules: GuidelineRules;
  pack: TemplatePack;
  profile: Partial<Profile>;
  settings: Settings;
  /**
   * Each template's body rendered once to plain text, placeholders kept: the sidebar fills these, so the
   * content script carries no Markdown parser or HTML sanitiser.
   */
  plainBodies: Record<string, string>;
  /** The admin's drafts that are valid for the calendar in use (never approved; shown apart, marked). */
  drafts: Template[];
  /** Profile fields still to fill in (empty once setup is complete). */
  profileMissing: string[];
  /** A changed pack fetched from the subscribed address, waiting for the admin to review it in settings. */
  packUpdate: { issuer: string; version: string } | null;
  /** Stored data Pandu could not use, and what it did instead: every page says so, with a way to reset. */
  dataNotices: DataNotice[];
}

export function workspaceZone(workspace: Workspace): TimeZone {
  return workspace.profile.timeZone ?? workspace.calendar.timeZone;
}

/** "Now" for this workspace: the simulated date when one is set. */
export function workspaceNow(workspace: Workspace, realNow = new Date()): Date {
  return resolveNow(workspace.settings.simulatedDate, workspaceZone(workspace), realNow);
}

export function workspaceClock(workspace: Workspace): StageClock {
  return new StageClock(workspace.calendar, workspaceZone(workspace));
}
