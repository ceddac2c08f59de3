import { mount } from 'svelte';
import PrintApp from './PrintApp.svelte';
import './print.css';

const target = document.getElementById('print');
if (!target) throw new Error('Stride: #print is missing from print.html');
mount(PrintApp, { target });
