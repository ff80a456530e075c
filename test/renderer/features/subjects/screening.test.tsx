import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { getSubject, listEntries } from '../../../../renderer/db';
import { latestScreening } from '../../../../renderer/db/care-reads';
import { renderApp } from '../../app/support/render-app';
import { addInvestigator, INVESTIGATOR_ID, screened } from './seed';

const criterion = (name: RegExp) => screen.getByRole('listitem', { name });

/** Screening values of NCT05985863 that meet every machine criterion (a woman, not pregnant). */
async function fillEligibleValues(user: ReturnType<typeof userEvent.setup>) {
  await user.type(screen.getByLabelText('Age at consent'), '45');
  await user.type(screen.getByLabelText(/^Total bilirubin/), '150');
  await user.type(screen.getByLabelText(/\(INR\)/), '2.1');
  await user.type(screen.getByLabelText('Informed consent date'), '2025-03-01');
  await user.selectOptions(screen.getByRole('combobox', { name: /West Haven/ }), '1');
  await user.type(screen.getByLabelText(/^Platelet count before the onset/), '120');
  await user.type(screen.getByLabelText(/^Child-Pugh score before the onset/), '7');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Previous liver transplantation' }), 'No');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Sex' }), 'Female');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Pregnancy test' }), 'Negative');
  await user.selectOptions(screen.getByRole('combobox', { name: 'Currently breastfeeding' }), 'No');
  await user.selectOptions(screen.getByRole('combobox', { name: /Has received immunosuppressant/ }), 'No');
  await user.tab();
}

async function openScreening(seedInvestigator = true) {
  const user = userEvent.setup();
  const app = renderApp('/subjects/s-1', {
    seed: async (store) => {
      if (seedInvestigator) await addInvestigator(store);
      await screened(store, 's-1');
    },
  });
  await screen.findByRole('form', { name: 'Screening' });
  return { user, app };
}

describe('screening: the eligibility checklist', () => {
  it('evaluates the machine rules live as the values are typed, with the reason', async () => {
    const { user } = await openScreening();
    const age = criterion(/Aged 18 to 70 years/);
    expect(within(age).getByText('Unknown')).toBeInTheDocument();

    await user.type(screen.getByLabelText('Age at consent'), '45');
    expect(within(criterion(/Aged 18 to 70 years/)).getByText('Met')).toBeInTheDocument();
    expect(criterion(/Aged 18 to 70 years/)).toHaveTextContent('45');

    await user.clear(screen.getByLabelText('Age at consent'));
    await user.type(screen.getByLabelText('Age at consent'), '75');
    expect(within(criterion(/Aged 18 to 70 years/)).getByText('Not met')).toBeInTheDocument();
    expect(screen.getByText('Eligibility:').parentElement).toHaveTextContent('Not eligible');
  });

  it('reads a value typed in another unit (bilirubin in mg/dL) in the rule', async () => {
    const { user } = await openScreening();
    await user.selectOptions(screen.getByRole('combobox', { name: /Unit of Total bilirubin/ }), 'mg/dL');
    await user.type(screen.getByLabelText(/^Total bilirubin/), '6');
    await user.type(screen.getByLabelText(/\(INR\)/), '1.8');
    expect(within(criterion(/APASL ACLF, laboratory part/)).getByText('Met')).toBeInTheDocument();
  });

  it('needs an explicit confirmation of every judgement criterion before the subject can be eligible', async () => {
    const { user, app } = await openScreening();
    await fillEligibleValues(user);
    const judgement = criterion(/Liver cancer or other malignancy/);
    expect(within(judgement).getByText('Needs confirmation')).toBeInTheDocument();
    expect(screen.getByText('Eligibility:').parentElement).toHaveTextContent('Incomplete');
    expect(screen.getByRole('button', { name: 'Save screening (incomplete)' })).toBeInTheDocument();

    // Every judgement criterion: inclusions hold, exclusions do not.
    for (const item of screen.getAllByRole('listitem')) {
      const group = within(item).queryByRole('group', { name: /Investigator judgement/ });
      if (group === null) continue;
      const inclusion = within(item).getByText(/Inclusion|Exclusion/).textContent?.startsWith('Inclusion') === true;
      await user.click(within(group).getByRole('radio', { name: inclusion ? 'Yes, it holds' : 'No, it does not hold' }));
    }
    expect(screen.getByText('Eligibility:').parentElement).toHaveTextContent('Eligible');

    await user.click(screen.getByRole('button', { name: 'Record: eligible' }));
    expect(await screen.findByText('Choose the investigator who confirmed the decision.')).toBeInTheDocument();
    await user.selectOptions(screen.getByLabelText('Confirmed by (investigator)'), 'Dr Zhao');
    await user.click(screen.getByRole('button', { name: 'Record: eligible' }));
    expect(await screen.findByRole('form', { name: 'Enrolment' })).toBeInTheDocument();

    const store = (app.gate.state() as { store: Parameters<typeof getSubject>[0] }).store;
    expect((await getSubject(store, 's-1'))?.status).toBe('eligible');
    const record = await latestScreening(store, 's-1');
    expect(record?.payload.result).toBe('eligible');
    expect(record?.payload.confirmedBy).toBe(INVESTIGATOR_ID);
    expect(record?.payload.answers.find((a) => a.criterionId === 'exc-malignancy')?.answer).toBe('no');
    expect(record?.payload.answers.find((a) => a.criterionId === 'inc-age')?.answer).toBe('yes');
    // The values themselves are item values of the screening visit's forms.
    const entries = await listEntries(store, 's-1', 'screening');
    expect(entries.find((e) => e.formId === 'demographics')?.items['age']?.current.value).toBe(45);
  });

  it('an unknown rule (a value that cannot be obtained) can be answered by the investigator only with a note', async () => {
    const { user } = await openScreening();
    const row = criterion(/Pregnant: positive pregnancy test/);
    await user.click(within(row).getByText(/The value cannot be obtained/));
    await user.click(within(row).getByRole('radio', { name: 'No, it does not hold' }));
    expect(within(criterion(/Pregnant: positive pregnancy test/)).getByText('Say why the value cannot be obtained.')).toBeInTheDocument();
    expect(within(criterion(/Pregnant: positive pregnancy test/)).getByText('Unknown')).toBeInTheDocument();
    await user.type(within(criterion(/Pregnant: positive pregnancy test/)).getByLabelText(/Why the value cannot be obtained/), 'male subject');
    expect(within(criterion(/Pregnant: positive pregnancy test/)).getByText('Not met')).toBeInTheDocument();
  });

  it('without an investigator on the laptop, only an incomplete screening can be saved, and says why', async () => {
    await openScreening(false);
    expect(screen.getByText(/No investigator uses this laptop yet/)).toBeInTheDocument();
  });
});
