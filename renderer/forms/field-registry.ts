/**
 * One component per field kind. The mapped type makes the registry exhaustive: a new kind in the
 * catalogue (shared/forms FieldKind) is a compile error here until it has a component.
 */
import type { ComponentType } from 'react';
import type { FieldKind, FieldOfKind } from '../../shared/forms';
import type { FieldInputProps } from './field-input-props';
import { BooleanInput } from './inputs/BooleanInput';
import { ChoiceInput } from './inputs/ChoiceInput';
import { DateInput } from './inputs/DateInput';
import { DateTimeInput } from './inputs/DateTimeInput';
import { IntegerInput } from './inputs/IntegerInput';
import { QuantityInput } from './inputs/QuantityInput';
import { TextInput } from './inputs/TextInput';

export type FieldRegistry = { readonly [K in FieldKind]: ComponentType<FieldInputProps<FieldOfKind<K>>> };

export const FIELD_INPUTS: FieldRegistry = {
  quantity: QuantityInput,
  integer: IntegerInput,
  text: TextInput,
  date: DateInput,
  datetime: DateTimeInput,
  choice: ChoiceInput,
  boolean: BooleanInput,
};
