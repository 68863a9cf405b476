import { createRoot } from 'react-dom/client';
import { createClient } from './api/client';
import { App } from './components/App';
import './styles.css';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element.');
createRoot(root).render(<App client={createClient()} />);
