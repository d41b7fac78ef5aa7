import { render } from 'preact';
import { ReportPage } from '@/components/ReportPage';

const root = document.getElementById('app');
if (root) render(<ReportPage />, root);
