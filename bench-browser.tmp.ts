import { sidebarFigures } from './scripts/bench/browser';
const figures = await sidebarFigures();
console.table(figures.appear);
console.table(figures.mainThread);
