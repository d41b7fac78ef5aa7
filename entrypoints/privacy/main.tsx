import { render } from 'preact';
import { PrivacyPage } from '@/components/PrivacyPage';

const root = document.getElementById('app');
if (root) render(<PrivacyPage />, root);
