import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../app/support/render-app';
import { memoryStorage } from '../../app/support/memory-storage';
import { seedEnrolledSubject, visitPath } from './support/seed-subject';

describe('the visit page in Chinese', () => {
  it('labels, units, messages and save states are Chinese; scores compute the same', async () => {
    const user = userEvent.setup();
    renderApp(visitPath('w0', 'labs'), { seed: (store) => seedEnrolledSubject(store), storage: memoryStorage({ 'ecrf.language': 'zh' }) });
    const nav = await screen.findByRole('navigation', { name: '本次访视的表单' });
    expect(within(nav).getByRole('link', { name: /实验室检查/ })).toHaveAttribute('aria-current', 'page');
    const bilirubin = await screen.findByRole('textbox', { name: '总胆红素' });
    await user.type(bilirubin, '34,2{Enter}');
    const row = screen.getByRole('group', { name: '总胆红素' });
    expect(await within(row).findByText('未保存：无法识别')).toBeInTheDocument();
    await user.clear(bilirubin);
    await user.type(bilirubin, '342{Enter}');
    expect(await within(row).findByText('已保存')).toBeInTheDocument();
    await user.type(screen.getByRole('textbox', { name: '肌酐' }), '88.4{Enter}');
    await user.type(screen.getByRole('textbox', { name: '国际标准化比值（INR）' }), '2.2{Enter}');
    await user.click(within(nav).getByRole('link', { name: /临床评估/ }));
    const dialysis = await screen.findByRole('radiogroup', { name: /透析/ });
    await user.click(within(dialysis).getByRole('radio', { name: '否' }));
    const scores = screen.getByRole('region', { name: /衍生评分/ });
    await waitFor(() => expect(within(scores).getByRole('listitem', { name: 'MELD 评分（OPTN/UNOS）' })).toHaveTextContent('27'));
  });
});
