import { render } from 'preact';
import { PracticePage } from '@/components/PracticePage';

const root = document.getElementById('app');
if (root) render(<PracticePage />, root);
