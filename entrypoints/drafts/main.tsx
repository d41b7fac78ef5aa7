import { render } from 'preact';
import { DraftsPage } from '@/components/DraftsPage';

const root = document.getElementById('app');
if (root) render(<DraftsPage />, root);
