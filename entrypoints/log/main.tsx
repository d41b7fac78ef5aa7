import { render } from 'preact';
import { LogPage } from '@/components/log/LogPage';

const root = document.getElementById('app');
if (root) render(<LogPage />, root);
