import { element, textElement } from './xml';

/** ODM TranslatedText for each language the app speaks. */
export const translated = (text: { readonly en: string; readonly zh: string }): string =>
  textElement('TranslatedText', { 'xml:lang': 'en' }, text.en) + textElement('TranslatedText', { 'xml:lang': 'zh' }, text.zh);

/** A container of TranslatedText (Description, Question, Decode, ErrorMessage, Symbol). */
export const translatedIn = (name: string, text: { readonly en: string; readonly zh: string }): string =>
  element(name, {}, translated(text));
