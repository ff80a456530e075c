import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { LANGUAGE_STORAGE_KEY, createI18n } from '../../../renderer/i18n';
import { memoryStorage } from './support/memory-storage';
import { renderApp } from './support/render-app';

describe('the language switch', () => {
  it('starts in English and switches the whole UI to Chinese, remembering the choice and setting <html lang>', async () => {
    const user = userEvent.setup();
    const { storage } = renderApp('/settings');
    expect(await screen.findByRole('heading', { level: 1, name: 'Settings' })).toBeInTheDocument();
    expect(document.documentElement.lang).toBe('en');

    await user.selectOptions(screen.getByLabelText('Language'), '简体中文');

    expect(await screen.findByRole('heading', { level: 1, name: '设置' })).toBeInTheDocument();
    expect(screen.getByRole('navigation', { name: '主导航' })).toBeInTheDocument();
    expect(screen.getByLabelText('语言')).toHaveValue('zh');
    expect(storage.data.get(LANGUAGE_STORAGE_KEY)).toBe('zh');
    expect(document.documentElement.lang).toBe('zh-CN');
  });

  it('starts in the stored language', async () => {
    renderApp('/subjects', { storage: memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'zh' }) });
    expect(await screen.findByRole('heading', { level: 1, name: '受试者' })).toBeInTheDocument();
    expect(await screen.findByText('本电脑上还没有 NCT05985863 的受试者。请用上方按钮筛选第一位。')).toBeInTheDocument();
  });

  it('falls back to English for an unknown stored value, and when storage throws', () => {
    expect(createI18n({ storage: memoryStorage({ [LANGUAGE_STORAGE_KEY]: 'klingon' }) }).language).toBe('en');
    const broken = {
      getItem: () => {
        throw new Error('storage disabled');
      },
      setItem: () => {
        throw new Error('storage disabled');
      },
    };
    const i18n = createI18n({ storage: broken });
    expect(i18n.language).toBe('en');
    expect(() => i18n.changeLanguage('zh')).not.toThrow();
  });
});
