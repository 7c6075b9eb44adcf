/** Principles are Markdown. Raw HTML in them stays text (`html: false`) and unsafe link schemes are refused by markdown-it. */
import { raw } from 'hono/html';
import MarkdownIt from 'markdown-it';
import type { Html } from './html.js';

const md = new MarkdownIt('commonmark', { html: false });

export const markdown = (text: string): Html => raw(md.render(text));
