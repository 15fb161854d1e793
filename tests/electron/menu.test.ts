import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it, vi } from 'vitest';
import { buildMenuTemplate, type MenuActions, type MenuOptions } from '../../electron/menu';
import { fileEntry, teamEntry } from '../../electron/recent';

function actions(): MenuActions {
  return {
    newWorkspace: vi.fn(),
    open: vi.fn(),
    openRecent: vi.fn(),
    openTeam: vi.fn(),
    openRecentTeam: vi.fn(),
    forgetTeam: vi.fn(),
    clearRecent: vi.fn(),
    saveAs: vi.fn(),
    exportJson: vi.fn(),
    importJson: vi.fn(),
    about: vi.fn(),
  };
}

function build(overrides: Partial<MenuOptions> = {}) {
  return buildMenuTemplate({
    lang: 'nl',
    isDevelopment: false,
    isMac: false,
    recent: [],
    teamShown: false,
    actions: actions(),
    ...overrides,
  });
}

function submenu(item: MenuItemConstructorOptions | undefined): MenuItemConstructorOptions[] {
  const sub = item?.submenu;
  if (!Array.isArray(sub)) throw new Error('expected a submenu array');
  return sub;
}

function labels(items: MenuItemConstructorOptions[]): (string | undefined)[] {
  return items.filter((item) => item.type !== 'separator').map((item) => item.label ?? item.role);
}

describe('native menu', () => {
  it('is Dutch first: Bestand, Bewerken, Beeld, Help', () => {
    const menu = build();
    expect(menu.map((item) => item.label)).toEqual(['Bestand', 'Bewerken', 'Beeld', 'Help']);
    expect(labels(submenu(menu[0]))).toEqual([
      'Nieuwe workspace…',
      'Openen…',
      'Teamwerkruimte openen…',
      'Recente workspaces',
      'Opslaan als…',
      'Exporteer JSON…',
      'Importeer JSON…',
      'Afsluiten',
    ]);
  });

  it('speaks English when asked', () => {
    const menu = build({ lang: 'en' });
    expect(menu.map((item) => item.label)).toEqual(['File', 'Edit', 'View', 'Help']);
    expect(labels(submenu(menu[0]))).toContain('Export JSON…');
  });

  it('uses the standard edit roles', () => {
    expect(
      submenu(build()[1])
        .map((item) => item.role)
        .filter(Boolean),
    ).toEqual(['undo', 'redo', 'cut', 'copy', 'paste', 'selectAll']);
  });

  it('offers reload and developer tools only in development', () => {
    const roles = (isDevelopment: boolean) => submenu(build({ isDevelopment })[2]).map((item) => item.role);
    expect(roles(false)).not.toContain('reload');
    expect(roles(false)).not.toContain('toggleDevTools');
    expect(roles(true)).toContain('reload');
    expect(roles(true)).toContain('toggleDevTools');
  });

  it('lists recent workspaces and opens the one clicked', () => {
    const menuActions = actions();
    const menu = build({
      recent: [fileEntry('/home/a/zon.coopfolio'), fileEntry('/home/a/wind.coopfolio')],
      actions: menuActions,
    });
    const recent = submenu(submenu(menu[0])[3]);
    expect(recent[0]?.label).toContain('zon.coopfolio');
    recent[1]?.click?.({} as never, undefined, {} as never);
    expect(menuActions.openRecent).toHaveBeenCalledWith('/home/a/wind.coopfolio');
    expect(recent.at(-1)?.label).toBe('Lijst wissen');
  });

  it('shows a disabled placeholder when nothing was opened yet', () => {
    const recent = submenu(submenu(build()[0])[3]);
    expect(recent).toEqual([{ label: 'Geen recente workspaces', enabled: false }]);
  });

  it('wires each File item to its action', () => {
    const menuActions = actions();
    const file = submenu(build({ actions: menuActions })[0]);
    for (const item of file) item.click?.({} as never, undefined, {} as never);
    expect(menuActions.newWorkspace).toHaveBeenCalledOnce();
    expect(menuActions.open).toHaveBeenCalledOnce();
    expect(menuActions.openTeam).toHaveBeenCalledOnce();
    expect(menuActions.saveAs).toHaveBeenCalledOnce();
    expect(menuActions.exportJson).toHaveBeenCalledOnce();
    expect(menuActions.importJson).toHaveBeenCalledOnce();
  });

  it('lists a team address with its own label, opens it, and offers to remove it', () => {
    const menuActions = actions();
    const menu = build({
      recent: [teamEntry('https://coopfolio.gemeente.nl'), fileEntry('/home/a/zon.coopfolio')],
      actions: menuActions,
    });
    const recent = submenu(submenu(menu[0])[3]);
    expect(recent[0]?.label).toBe('Team: coopfolio.gemeente.nl — https://coopfolio.gemeente.nl');
    expect(recent[1]?.label).toBe('zon.coopfolio — /home/a/zon.coopfolio');
    recent[0]?.click?.({} as never, undefined, {} as never);
    expect(menuActions.openRecentTeam).toHaveBeenCalledWith('https://coopfolio.gemeente.nl');
    expect(menuActions.openRecent).not.toHaveBeenCalled();
    const forget = recent.find((item) => item.label === 'Teamwerkruimte uit de lijst verwijderen');
    const forgetItems = submenu(forget);
    expect(forgetItems).toHaveLength(1);
    forgetItems[0]?.click?.({} as never, undefined, {} as never);
    expect(menuActions.forgetTeam).toHaveBeenCalledWith('https://coopfolio.gemeente.nl');
    expect(recent.at(-1)?.label).toBe('Lijst wissen');
  });

  it('offers no removal submenu without team addresses', () => {
    const recent = submenu(submenu(build({ recent: [fileEntry('/a.coopfolio')] })[0])[3]);
    expect(recent.some((item) => item.label === 'Teamwerkruimte uit de lijst verwijderen')).toBe(false);
  });

  it('turns off Save as, export and import while a team workspace is shown', () => {
    const enabled = (teamShown: boolean) =>
      Object.fromEntries(
        submenu(build({ teamShown, lang: 'en' })[0])
          .filter((item) => item.label !== undefined)
          .map((item) => [item.label, item.enabled ?? true]),
      );
    expect(enabled(false)).toMatchObject({ 'Save as…': true, 'Export JSON…': true, 'Import JSON…': true });
    expect(enabled(true)).toMatchObject({
      'Save as…': false,
      'Export JSON…': false,
      'Import JSON…': false,
      'Open…': true,
      'Open team workspace…': true,
      'New workspace…': true,
    });
  });

  it('has About under Help', () => {
    const menuActions = actions();
    const help = submenu(build({ actions: menuActions, lang: 'en' })[3]);
    expect(help[0]?.label).toBe('About Coopfolio');
    help[0]?.click?.({} as never, undefined, {} as never);
    expect(menuActions.about).toHaveBeenCalledOnce();
  });

  it('follows macOS conventions: app menu first, Quit not in File', () => {
    const menu = build({ isMac: true });
    expect(menu[0]?.role).toBe('appMenu');
    expect(submenu(menu[1]).some((item) => item.role === 'quit')).toBe(false);
  });
});
