import { render } from 'preact';
import { RecapPage } from '@/components/RecapPage';

const root = document.getElementById('app');
if (root) render(<RecapPage />, root);
