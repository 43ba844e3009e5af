export * from './policy.ts';
export * from './compile.ts';
export * from './decide.ts';
export * from './limits-for.ts';
export * from './validate.ts';
export * from './cedar.ts';
export * from './replay.ts';
