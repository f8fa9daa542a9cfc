const { builtInMatcher, searchUrl } = await import('/work/main/bench/recognition.ts');
const m = builtInMatcher();
for (const q of ['give him sex appeal','how to give him sex', 'i just give him sex to stop the yelling']) console.log(q, m.isTrace(searchUrl(q)));
