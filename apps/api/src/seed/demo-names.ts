// Name lists for the demo trust. Common names across the communities of UK schools, combined at random so
// that no demo person is a real one. Kept as whitespace-separated text so the lists stay short on screen.
// Surnames that appear in the seed policies (Brown, York, West...) are left out on purpose.

function names(text: string): readonly string[] {
  return [...new Set(text.split(/\s+/).filter((name) => name !== ''))];
}

export const PUPIL_FIRST_NAMES = names(`
  Olivia Amelia Isla Ava Mia Ivy Lily Isabella Rosie Sophia Grace Freya Willow Florence Emily Ella Poppy Evie Elsie
  Charlotte Evelyn Sienna Daisy Phoebe Sofia Alice Harper Matilda Ruby Emilia Maya Esme Hallie Millie Aria Zara
  Maryam Aisha Fatima Hafsa Khadija Inaaya Amira Zainab Noor Anaya Aanya Saanvi Diya Ishani Simran Harleen Jasleen
  Amara Chloe Adaeze Chiamaka Ifeoma Zuri Nia Imani Adwoa Ama Esi Hodan Filsan Hanna Zofia Maja Oliwia Julia Lena
  Ioana Maria Elena Bianca Mei Xinyi Yuki Leila Yasmin Layla Mariam Elif Ebru Beatriz Ines Gabriela Niamh Aoife
  Ciara Saoirse Eilidh Mhairi Catrin Seren Ffion Cerys Megan Erin Lucy Holly Jessica Hannah Katie Abigail Scarlett
  Harriet Imogen Beatrice Aleksandra Elizabeth Thea Orla Nancy Mabel Iris Jasmine Tia Kiara Precious Blessing
  Oliver George Noah Arthur Muhammad Leo Harry Oscar Archie Henry Theodore Freddie Jack Charlie Alfie Jacob Thomas
  Finley Arlo William Lucas Roman Tommy Isaac Teddy Alexander Luca Edward James Joshua Albie Elijah Max Mohammed
  Ibrahim Yusuf Zayn Ayaan Hamza Bilal Omar Ali Idris Ahmed Rayyan Aarav Arjun Vihaan Rohan Dev Kabir Harjot
  Jaskaran Ravi Kwame Kofi Tobi Chidi Emeka Femi Tunde David Samuel Daniel Kai Malachi Jaden Tyrese Abdirahman
  Abdullahi Mahad Kacper Jakub Szymon Filip Antoni Mateusz Andrei Stefan Bogdan Hao Ethan Ryan Mehmet Emre Tiago
  Rafael Joao Cian Oisin Conor Darragh Callum Euan Fraser Rhys Dylan Osian Ieuan Gethin Aled Logan Reuben Jude Ezra
  Sebastian Felix Rory Benjamin Nathan Harvey Louis Riley Mason Zachary Ellis Toby Ronnie Bobby Hugo
`);

export const ADULT_FIRST_NAMES = names(`
  Sarah Claire Helen Emma Rachel Rebecca Laura Nicola Joanne Karen Louise Gemma Kirsty Lisa Victoria Amy Kate
  Jennifer Natalie Michelle Samantha Catherine Anna Sophie Lucy Jessica Zoe Nadia Farah Ayesha Shabana Nasreen
  Rukhsana Sunita Anjali Priya Meera Kiran Harpreet Manjit Funmi Ngozi Abena Grace Joy Agnieszka Katarzyna
  Magdalena Ioana Mihaela Mei Lin Siobhan Bronwen Rhiannon Fiona Morag Aisling Hayley Leanne Alison Ruth Jane
  David Paul Mark Andrew Richard James John Michael Stephen Matthew Daniel Christopher Simon Peter Robert Jonathan
  Gareth Neil Ian Stuart Craig Darren Martin Adam Ben Tom Chris Imran Tariq Asif Kamran Sajid Rajesh Sanjay
  Vikram Harjit Jaswinder Kwame Emeka Olumide Segun Tomasz Piotr Marek Andrei Wei Hassan Omar Yusuf Dafydd Rhodri
  Alasdair Hamish Ciaran Declan Gavin Lewis Owen Kevin
`);

export const SURNAMES = names(`
  Smith Jones Williams Taylor Davies Evans Wilson Thomas Johnson Roberts Robinson Thompson Wright Walker White
  Edwards Hughes Green Hall Lewis Harris Clarke Patel Jackson Wood Turner Martin Cooper Hill Ward Morris Moore Clark
  Lee King Baker Harrison Morgan Allen James Scott Phillips Watson Davis Parker Price Bennett Young Griffiths
  Mitchell Kelly Cook Carter Richardson Bailey Collins Bell Shaw Murphy Miller Cox Richards Khan Marshall Anderson
  Simpson Ellis Adams Singh Begum Wilkinson Foster Chapman Powell Webb Rogers Gray Mason Ali Hunt Hussain Matthews
  Owen Palmer Holmes Mills Barnes Knight Lloyd Butler Russell Barker Fisher Stevens Jenkins Murray Dixon Harvey
  Graham Pearson Ahmed Fletcher Walsh Kaur Gibson Howard Andrews Stewart Elliott Reynolds Saunders Payne Fox Ford
  Pearce Day Brooks Lawrence Cole Atkinson Bradley Spencer Gill Dawson Ball Burton O'Brien Watts Rose Booth Perry
  Ryan Grant Wells Armstrong Francis Rees Hayes Hart Hudson Newman Barrett Webster Hunter Gregory Carr Lowe Page
  Marsh Riley Dunn Woods Parsons Berry Stone Reid Holland Hawkins Harding Porter Robertson Newton Oliver Reed
  Kennedy Williamson Bird Gardner Shah Dean Lane Cooke Bates Henderson Parry Burgess Bishop Walton Burns Nicholson
  Shepherd Ross Cross Long Freeman Warren Nicholls Hamilton Byrne Sutton McDonald Yates Hodgson Robson Curtis
  Hopkins O'Connor Harper Coleman Watkins Moss McCarthy Chambers O'Neill Griffin Sharp Hardy Wheeler Potter Osborne
  Johnston Gordon Doyle Wallace Jordan Hutchinson Rowe Burke Pritchard Gilbert Willis Higgins Miah Rahman
  Chowdhury Islam Uddin Akhtar Iqbal Mahmood Qureshi Malik Sharma Gupta Mistry Chauhan Parmar Sandhu Dhillon
  Okafor Adeyemi Mensah Asante Okonkwo Boateng Osei Abdi Farah Warsame Kowalski Nowak Lewandowski Kaminski Popescu
  Ionescu Chen Wang Zhang Liu Nguyen Tran Yilmaz Demir Kaya Silva Santos Ferreira Pereira Costa Kazlauskas Petrov
  MacLeod Fraser Campbell Sinclair Lloyd-Jones Pugh Vaughan Llewellyn Quinn Gallagher Brennan Duffy Nolan
`);

/** Short forms some pupils are known by; a few demo pupils use them, as an MIS "preferred forename" would. */
export const PREFERRED_NAMES: Readonly<Record<string, string>> = {
  Alexander: 'Alex',
  Samuel: 'Sam',
  Benjamin: 'Ben',
  Joshua: 'Josh',
  William: 'Will',
  Edward: 'Ted',
  Theodore: 'Theo',
  Isabella: 'Bella',
  Charlotte: 'Lottie',
  Elizabeth: 'Libby',
  Florence: 'Flo',
  Matilda: 'Tilly',
  Harriet: 'Hattie',
  Abigail: 'Abi',
  Jessica: 'Jess',
  Gabriela: 'Gabi',
  Mohammed: 'Mo',
  Chiamaka: 'Amaka',
  Jakub: 'Kuba',
  Aleksandra: 'Ola',
  Daniel: 'Dan',
  Jacob: 'Jake',
  Beatrice: 'Bea',
  Imogen: 'Immy',
  Ifeoma: 'Ify',
  Xinyi: 'Cindy',
  Zachary: 'Zac',
  Nathan: 'Nate',
};
