import { app } from 'electron';

app.whenReady().catch(() => app.quit());
