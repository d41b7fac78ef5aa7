import { render } from 'preact';
import { AuthorPage } from '@/components/AuthorPage';

const root = document.getElementById('app');
if (root) render(<AuthorPage />, root);
